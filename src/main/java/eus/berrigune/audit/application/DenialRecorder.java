package eus.berrigune.audit.application;

import eus.berrigune.audit.domain.AuditRecord;
import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.logging.Level;

/**
 * Records every denial an application service answers: {@link AccessDeniedException}, and {@link NotFoundException},
 * which is also how the policy denies objects whose existence is confidential (a missing object and a hidden one
 * look the same, and are recorded the same way).
 *
 * <p>It runs outside the transaction interceptor (a lower priority than JTA's {@code PLATFORM_BEFORE + 200}), so
 * the denial is recorded after the caller's transaction rolled back, in a transaction of its own; a service called by
 * another service leaves the recording to the outermost one, so one denial is one record, which names the innermost
 * service method the denial came from (and its object).
 */
@RecordsDenials
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DenialRecorder {

    /** The denial last recorded on this thread: a service without a transaction calling another records it once. */
    private static final ThreadLocal<WeakReference<Throwable>> LAST =
            ThreadLocal.withInitial(() -> new WeakReference<>(null));

    /**
     * Where the denial last seen inside a transaction arose: a service that starts the transaction around another
     * (e.g. the idempotency service around the catalogue's) records the denial after the rollback, but names the
     * inner service's method and object, where it happened.
     */
    private static final ThreadLocal<Origin> ORIGIN = ThreadLocal.withInitial(() -> new Origin(null, null, null));

    @Inject
    AuditTrail audit;

    @Resource
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object recordDenials(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (AccessDeniedException | NotFoundException denial) {
            if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
                if (ORIGIN.get().denial() == null || ORIGIN.get().denial().get() != denial) {
                    ORIGIN.set(new Origin(new WeakReference<>(denial), context.getMethod(), context.getParameters()));
                }
            } else if (LAST.get().get() != denial) {
                LAST.set(new WeakReference<>(denial));
                Origin origin = ORIGIN.get();
                ORIGIN.remove();
                boolean inner = origin.denial() != null && origin.denial().get() == denial;
                record(inner ? origin.method() : context.getMethod(),
                        inner ? origin.parameters() : context.getParameters(), denial);
            }
            throw denial;
        }
    }

    private void record(Method method, Object[] parameters, BusinessException denial) {
        try {
            String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            String objectType = null;
            Object objectId = null;
            if (denial instanceof NotFoundException && denial.getArguments().size() == 2) {
                objectType = code(String.valueOf(denial.getArguments().get(0)));
                objectId = denial.getArguments().get(1);
            } else {
                for (Object parameter : parameters) {
                    if (parameter instanceof Long id) {
                        objectId = id;
                        break;
                    }
                }
            }
            audit.recordDenied(objectType, objectId, where + (denial instanceof NotFoundException
                    ? ": not found or hidden" : ": not allowed"));
        } catch (RuntimeException e) {
            // the caller gets its denial whatever happens here; the failure to record it is itself logged
            AuditWriter.LOG.log(Level.SEVERE, "Could not record a denial in the audit trail", e);
        }
    }

    private record Origin(WeakReference<Throwable> denial, Method method, Object[] parameters) {}

    /** {@code savedSearch} → {@code saved-search}: an object type as the trail spells codes. */
    static String code(String what) {
        String kebab = what.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return AuditRecord.CODE.matcher(kebab).matches() ? kebab : null;
    }
}
