package eus.berrigune.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server among the servers sharing one database: {@code BERRIGUNE_NODE_NAME}, or the host name and process id
 * when not set (docs/operations.md, "Several nodes").
 */
@ApplicationScoped
public class ServerNode {

    @Inject
    @ConfigProperty(name = "berrigune.node.name")
    java.util.Optional<String> configured;

    private String name;

    @PostConstruct
    void init() {
        String chosen = configured.map(String::strip).filter(n -> !n.isEmpty()).orElseGet(ServerNode::defaultName);
        name = chosen.length() > 64 ? chosen.substring(0, 64) : chosen;
    }

    private static String defaultName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "server";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    public String name() {
        return name;
    }
}
