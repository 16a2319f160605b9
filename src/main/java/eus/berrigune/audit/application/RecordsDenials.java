package eus.berrigune.audit.application;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Denials thrown by the annotated service are recorded in the audit trail ({@link DenialRecorder}). Every
 * transactional application service gets it at deployment (audit.infrastructure.DenialRecordingExtension), so no
 * service can forget it.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RecordsDenials {

    /** For adding the binding at deployment. */
    final class Literal extends AnnotationLiteral<RecordsDenials> implements RecordsDenials {
        private static final long serialVersionUID = 1L;
        public static final Literal INSTANCE = new Literal();
    }
}
