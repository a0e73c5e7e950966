package org.bellwether.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every string a request body can carry has a length bound ({@code @Size(max)}, or a {@code @Pattern} that admits
 * only bounded strings), and so does every list of them: the test walks the JSON body types of every resource method
 * of the api, records and classes alike, nested types and collection elements included, and checks that the bounds
 * are enforced ({@code @Valid} on the body and on every nested body). A new body type with an unbounded string fails
 * it by name.
 */
class RequestBoundsTest {
    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, Context.class, Auth.class, FormParam.class, CookieParam.class, BeanParam.class,
            MatrixParam.class);

    /** The body types of the api's resource methods, found on the class path. */
    static Set<Class<?>> bodyTypes() {
        Set<Class<?>> bodies = new LinkedHashSet<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bellwether.api")) {
            Class<?> resource = javaClass.reflect();
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && isResourceMethod(method)) {
                    for (Parameter parameter : method.getParameters()) {
                        if (isBody(parameter)) {
                            bodies.add(parameter.getType());
                        }
                    }
                }
            }
        }
        return bodies;
    }

    private static boolean isBody(Parameter parameter) {
        return NOT_A_BODY.stream().noneMatch(parameter::isAnnotationPresent)
                && parameter.getType().getName().startsWith("org.bellwether.");
    }

    /** Resource methods whose body is not validated, as {@code Class.method}. */
    static Set<String> unvalidatedBodies() {
        Set<String> unvalidated = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bellwether.api")) {
            Class<?> resource = javaClass.reflect();
            if (resource.isAnnotationPresent(Path.class)) {
                for (Method method : resource.getDeclaredMethods()) {
                    for (Parameter parameter : method.getParameters()) {
                        if (isResourceMethod(method) && isBody(parameter) && !parameter.isAnnotationPresent(Valid.class)) {
                            unvalidated.add(resource.getSimpleName() + "." + method.getName());
                        }
                    }
                }
            }
        }
        return unvalidated;
    }

    private static boolean isResourceMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theWalkFindsTheKnownBodies() {
        assertThat(bodyTypes()).extracting(Class::getSimpleName)
                .contains("MessengerRequest", "EndorsementRequest", "LoginRequest", "TipReplyRequest")
                .hasSizeGreaterThan(15);
    }

    @Test
    void everyStringInEveryRequestBodyHasALengthBound() {
        Set<String> unbounded = new TreeSet<>();
        for (Class<?> body : bodyTypes()) {
            walk(body, body.getSimpleName(), unbounded, new LinkedHashSet<>());
        }
        assertThat(unbounded).as("string fields of request bodies without @Size(max) or a bounded @Pattern")
                .isEmpty();
    }

    @Test
    void everyRequestBodyIsValidated() {
        assertThat(unvalidatedBodies()).as("resource methods whose body has no @Valid: its bounds are not checked")
                .isEmpty();
    }

    @Test
    void theCheckFailsForAnUnboundedString() {
        Set<String> unbounded = new TreeSet<>();
        walk(Careless.class, "Careless", unbounded, new LinkedHashSet<>());
        assertThat(unbounded).containsExactly("Careless.alsoForgotten", "Careless.alsoForgotten[]",
                "Careless.forgotten", "Careless.nested (no @Valid)", "Careless.open");
    }

    /** A body written without care, for the proof that the walk can fail. */
    record Careless(@Size(max = 10) String fine, String forgotten, List<String> alsoForgotten,
                    @Size(max = 5) List<@Size(max = 20) String> bounded, @Pattern(regexp = "[a-z]+") String open,
                    Nested nested, @Valid Nested checked) {
    }

    /** Nested in {@link Careless}. */
    record Nested(@Pattern(regexp = "[a-z]{1,8}") String code) {
    }

    static void walk(Class<?> type, String path, Set<String> unbounded, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (Member member : members(type)) {
            check(member.type(), member.element(), path + "." + member.name(), unbounded, seen);
        }
        seen.remove(type);
    }

    private static void check(AnnotatedType type, AnnotatedElement declaration, String path, Set<String> unbounded,
                              Set<Class<?>> seen) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            if (!bounded(type, declaration)) {
                unbounded.add(path);
            }
        } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!sized(type, declaration)) {
                unbounded.add(path);
            }
            for (AnnotatedType element : elements(type)) {
                check(element, null, path + "[]", unbounded, seen);
            }
        } else if (raw.getName().startsWith("org.bellwether.") && !raw.isEnum()) {
            if (declaration != null && !declaration.isAnnotationPresent(Valid.class)
                    && !type.isAnnotationPresent(Valid.class)) {
                unbounded.add(path + " (no @Valid)");
            }
            walk(raw, path, unbounded, seen);
        }
    }

    private record Member(String name, AnnotatedType type, AnnotatedElement element) {
    }

    private static List<Member> members(Class<?> type) {
        List<Member> members = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                members.add(new Member(component.getName(), component.getAnnotatedType(), component));
            }
            return members;
        }
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    members.add(new Member(field.getName(), field.getAnnotatedType(), field));
                }
            }
        }
        return members;
    }

    private static Class<?> raw(AnnotatedType type) {
        java.lang.reflect.Type plain = type.getType();
        if (plain instanceof Class<?> c) {
            return c;
        }
        if (plain instanceof java.lang.reflect.ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (plain instanceof java.lang.reflect.GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    private static List<AnnotatedType> elements(AnnotatedType type) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            return List.of(parameterized.getAnnotatedActualTypeArguments());
        }
        if (type instanceof AnnotatedArrayType array) {
            return List.of(array.getAnnotatedGenericComponentType());
        }
        return List.of();
    }

    private static Size size(AnnotatedType type, AnnotatedElement declaration) {
        Size size = type.getAnnotation(Size.class);
        return size != null || declaration == null ? size : declaration.getAnnotation(Size.class);
    }

    private static boolean sized(AnnotatedType type, AnnotatedElement declaration) {
        Size size = size(type, declaration);
        return size != null && size.max() < Integer.MAX_VALUE;
    }

    private static boolean bounded(AnnotatedType type, AnnotatedElement declaration) {
        if (sized(type, declaration)) {
            return true;
        }
        Pattern pattern = type.getAnnotation(Pattern.class);
        if (pattern == null && declaration != null) {
            pattern = declaration.getAnnotation(Pattern.class);
        }
        return pattern != null && boundedRegex(pattern.regexp());
    }

    /** A regular expression without {@code *}, {@code +} or an open-ended {@code {n,}} admits bounded strings only. */
    static boolean boundedRegex(String regex) {
        boolean escaped = false;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (!inClass && (c == '*' || c == '+' || (c == ',' && i + 1 < regex.length()
                    && regex.charAt(i + 1) == '}'))) {
                return false;
            }
        }
        return true;
    }
}
