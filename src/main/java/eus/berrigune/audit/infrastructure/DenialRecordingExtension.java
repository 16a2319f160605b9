package eus.berrigune.audit.infrastructure;

import eus.berrigune.audit.application.RecordsDenials;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;

/**
 * Gives every application service ({@code eus.berrigune.<capability>.application} classes that are
 * {@code @Transactional} as a whole) the {@link RecordsDenials} binding at deployment: a service written tomorrow has
 * its denials recorded without anybody remembering to ask for it.
 */
public class DenialRecordingExtension implements Extension {

    static final Pattern APPLICATION_PACKAGE = Pattern.compile("eus\\.berrigune\\.[a-z]+\\.application");

    <T> void bind(@Observes @WithAnnotations(Transactional.class) ProcessAnnotatedType<T> type) {
        Class<T> javaClass = type.getAnnotatedType().getJavaClass();
        if (type.getAnnotatedType().isAnnotationPresent(Transactional.class)
                && APPLICATION_PACKAGE.matcher(javaClass.getPackageName()).matches()
                && !type.getAnnotatedType().isAnnotationPresent(RecordsDenials.class)) {
            type.configureAnnotatedType().add(RecordsDenials.Literal.INSTANCE);
        }
    }
}
