package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jeemcp.mcp.cdi.internal.binding.Validators;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.enterprise.inject.spi.BeanManager;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import org.junit.jupiter.api.Test;

/**
 * On Tomcat without Bean Validation there is no {@code jakarta.validation} at all: the library must load, derive
 * schemas and check arguments there, never linking the API. Shown with the library's classes loaded by a class loader
 * that has no {@code jakarta.validation} (and no Hibernate Validator).
 */
class WithoutBeanValidationApiTest {

    record Applicant(int age, String postcode) {
    }

    /** Defines the library's internal classes itself, and knows no Bean Validation class. */
    static final class NoBeanValidation extends ClassLoader {
        NoBeanValidation(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("jakarta.validation.") || name.startsWith("org.hibernate.validator.")) {
                    throw new ClassNotFoundException(name);
                }
                if (!name.startsWith("dev.jeemcp.mcp.cdi.internal.") || name.contains("Test")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                        byte[] bytes = in.readAllBytes();
                        loaded = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return loaded;
            }
        }
    }

    @Test
    void theApiIsReallyMissingThere() {
        ClassLoader loader = new NoBeanValidation(getClass().getClassLoader());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.validation.Validator", false, loader));
    }

    @Test
    void thereIsNoValidatorAndNothingLinksTheApi() throws Exception {
        ClassLoader loader = new NoBeanValidation(getClass().getClassLoader());
        Class<?> validators = Class.forName(Validators.class.getName(), true, loader);
        Constructor<?> create = validators.getDeclaredConstructor();
        create.setAccessible(true);
        Method validator = validators.getDeclaredMethod("validator", BeanManager.class);
        validator.setAccessible(true);
        assertNull(validator.invoke(create.newInstance(), (Object) null));
        Method violation = validators.getDeclaredMethod("constraintViolation", Throwable.class);
        violation.setAccessible(true);
        assertNull(violation.invoke(null, new IllegalStateException("not a violation")));
    }

    @Test
    void schemasAreStillDerived() throws Exception {
        ClassLoader loader = new NoBeanValidation(getClass().getClassLoader());
        Class<?> shapes = Class.forName(JsonShapes.class.getName(), true, loader);
        Method of = shapes.getDeclaredMethod("of", Type.class);
        of.setAccessible(true);
        Object shape = of.invoke(null, Applicant.class);
        Method schema = shape.getClass().getSuperclass().getDeclaredMethod("schema");
        schema.setAccessible(true);
        assertEquals("{\"type\":\"object\",\"properties\":{\"age\":{\"type\":\"integer\",\"format\":\"int32\"},"
                + "\"postcode\":{\"type\":\"string\"}},\"required\":[\"age\",\"postcode\"],\"additionalProperties\":false}",
                schema.invoke(shape).toString());
    }
}
