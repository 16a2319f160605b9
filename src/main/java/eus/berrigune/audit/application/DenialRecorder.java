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
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
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

    /**
     * What is known of each denial in flight, by the exception's identity, held only as long as the exception is:
     * where it arose inside a transaction (a service that starts the transaction around another, e.g. the idempotency
     * service around the catalogue's, records the denial after the rollback but names the inner service's method and
     * object, where it happened), and whether it was recorded (a service without a transaction calling another records
     * it once). Not thread-locals: their values would outlive the application in the server's pooled threads and keep
     * every class of an undeployed application in memory.
     */
    private static final Map<Throwable, Denial> DENIALS = Collections.synchronizedMap(new WeakHashMap<>());

    @Inject
    AuditTrail audit;

    @Resource
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object recordDenials(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (AccessDeniedException | NotFoundException denial) {
            Denial known = DENIALS.computeIfAbsent(denial, d -> new Denial());
            if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
                known.arose(context.getMethod(), context.getParameters());
            } else if (known.firstRecording()) {
                record(known.method(context.getMethod()), known.parameters(context.getParameters()), denial);
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

    /** Where a denial arose (the innermost service method that saw it in a transaction), and whether it is recorded. */
    private static final class Denial {
        private Method method;
        private Object[] parameters;
        private boolean recorded;

        synchronized void arose(Method where, Object[] with) {
            if (method == null) {
                method = where;
                parameters = with;
            }
        }

        synchronized boolean firstRecording() {
            boolean first = !recorded;
            recorded = true;
            return first;
        }

        synchronized Method method(Method otherwise) {
            return method != null ? method : otherwise;
        }

        synchronized Object[] parameters(Object[] otherwise) {
            return method != null ? parameters : otherwise;
        }
    }

    /** {@code savedSearch} → {@code saved-search}: an object type as the trail spells codes. */
    static String code(String what) {
        String kebab = what.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return AuditRecord.CODE.matcher(kebab).matches() ? kebab : null;
    }
}
