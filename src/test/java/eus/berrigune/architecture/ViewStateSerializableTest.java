package eus.berrigune.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Everything a view-scoped page bean holds is serializable: its state lives in the HTTP session, which several servers
 * share through the database (liberty-config/session-database.xml); one object that cannot be written loses the whole
 * session's write, the signed-in caller included.
 */
class ViewStateSerializableTest {

    @Test
    void viewScopedBeansHoldOnlySerializableState() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("eus.berrigune");
        Set<String> problems = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        classes.stream().filter(c -> c.isAnnotatedWith(ViewScoped.class)).forEach(c -> todo.add(c.reflect()));
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type instanceof ParameterizedType parameterized) {
                todo.add(parameterized.getRawType());
                for (Type argument : parameterized.getActualTypeArguments()) {
                    todo.add(argument);
                }
                continue;
            }
            if (!(type instanceof Class<?> c) || c.isPrimitive()) {
                continue;
            }
            if (c.isArray()) {
                todo.add(c.getComponentType());
                continue;
            }
            boolean collection = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
            if (!collection && !c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
                problems.add(c.getName());
            }
            if (!c.getName().startsWith("eus.berrigune")) {
                continue;
            }
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isAnnotationPresent(Inject.class)) {
                    todo.add(field.getGenericType());
                }
            }
        }
        assertThat(problems).as("types held by view-scoped beans that are not serializable").isEmpty();
    }
}
