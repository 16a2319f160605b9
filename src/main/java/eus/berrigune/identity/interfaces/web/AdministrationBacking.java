package eus.berrigune.identity.interfaces.web;

import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.identity.application.UserSummary;
import eus.berrigune.identity.domain.OrganisationKind;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code /admin/index.xhtml}: organisations and users, and their roles. Administrators only. */
@Named
@ViewScoped
public class AdministrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IdentityService identity;

    private List<OrganisationSummary> organisations;
    private List<UserSummary> users;
    /** Per user: the roles ticked on the page (Faces fills an Object[] of roles). */
    private final java.util.Map<Long, java.io.Serializable> userRoles = new java.util.HashMap<>(); // Role[] or Object[] as ticked

    private OrganisationKind newKind = OrganisationKind.COMPANY;
    private CompanyProfileBacking.OrganisationForm newOrganisation = new CompanyProfileBacking.OrganisationForm();
    private boolean newClusterMember;

    private String username;
    private String password;
    private String displayName;
    private String email;
    private Long organisationId;
    private Language language = Language.ES;
    private List<Role> roles = new ArrayList<>();

    @PostConstruct
    void load() {
        organisations = identity.listOrganisations();
        users = identity.listUsers();
        userRoles.clear();
        users.forEach(u -> userRoles.put(u.id(), u.roles().toArray(new Role[0])));
    }

    public void saveRoles(UserSummary user) {
        try {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            Object ticked = userRoles.get(user.id());
            if (ticked instanceof Object[] array) {
                for (Object role : array) {
                    chosen.add((Role) role);
                }
            }
            identity.assignRoles(user.id(), chosen);
            load();
            FacesMessages.info("admin.message.userChanged");
        } catch (BusinessException e) {
            FacesMessages.show(e, "users");
        }
    }

    public java.util.Map<Long, java.io.Serializable> getUserRoles() {
        return userRoles;
    }

    public void createOrganisation() {
        try {
            identity.createOrganisation(newKind, newOrganisation.toProfile(), newClusterMember);
            newOrganisation = new CompanyProfileBacking.OrganisationForm();
            newClusterMember = false;
            load();
            FacesMessages.info("admin.message.organisationCreated");
        } catch (BusinessException e) {
            FacesMessages.show(e, "newOrganisation");
        }
    }

    public void createUser() {
        try {
            identity.createUser(new IdentityService.NewUser(
                    username, password, displayName, email, organisationId, language,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
            username = null;
            password = null;
            displayName = null;
            email = null;
            roles = new ArrayList<>();
            load();
            FacesMessages.info("admin.message.userCreated");
        } catch (BusinessException e) {
            password = null;
            FacesMessages.show(e, "newUser");
        }
    }

    public void toggleEnabled(UserSummary user) {
        try {
            identity.setEnabled(user.id(), !user.enabled());
            load();
            FacesMessages.info("admin.message.userChanged");
        } catch (BusinessException e) {
            FacesMessages.show(e, "users");
        }
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public List<OrganisationSummary> getOrganisations() {
        return organisations;
    }

    public List<UserSummary> getUsers() {
        return users;
    }

    public OrganisationKind getNewKind() {
        return newKind;
    }

    public void setNewKind(OrganisationKind newKind) {
        this.newKind = newKind;
    }

    public CompanyProfileBacking.OrganisationForm getNewOrganisation() {
        return newOrganisation;
    }

    public boolean isNewClusterMember() {
        return newClusterMember;
    }

    public void setNewClusterMember(boolean newClusterMember) {
        this.newClusterMember = newClusterMember;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    /** An array, so that Faces knows the element type and converts the checkbox values. */
    public Role[] getRoles() {
        return roles.toArray(new Role[0]);
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(List.of(roles));
    }
}
