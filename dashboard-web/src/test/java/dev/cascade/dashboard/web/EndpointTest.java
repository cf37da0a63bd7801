package dev.cascade.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The endpoint list is the truth the security tests walk, so it must be complete: every JAX-RS method
 * compiled into the war is listed with the roles its {@code @RolesAllowed} grants, and the container's
 * own constraints in {@code web.xml} (defence in depth) cover exactly the admin pages.
 */
class EndpointTest {

    @Test
    void everyJaxRsMethodOfTheWarIsListedWithItsRoles() throws Exception {
        String application = resourceClasses().stream().filter(c -> c.isAnnotationPresent(ApplicationPath.class))
                .map(c -> c.getAnnotation(ApplicationPath.class).value()).findFirst().orElseThrow();
        Set<String> found = new TreeSet<>();
        for (Class<?> resource : resourceClasses()) {
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                Optional<String> verb = httpMethod(method);
                if (verb.isEmpty()) {
                    continue;
                }
                String path = application + resource.getAnnotation(Path.class).value()
                        + Optional.ofNullable(method.getAnnotation(Path.class)).map(Path::value).orElse("");
                RolesAllowed roles = Optional.ofNullable(method.getAnnotation(RolesAllowed.class))
                        .orElse(resource.getAnnotation(RolesAllowed.class));
                assertThat(roles).as(path + " has no @RolesAllowed").isNotNull();
                found.add(verb.get() + " " + path + " " + new TreeSet<>(Arrays.asList(roles.value())));
            }
        }

        Set<String> listed = Arrays.stream(Endpoint.values()).filter(e -> e.kind() == Endpoint.Kind.API)
                .map(e -> e.method() + " " + e.pattern() + " " + rolesThatMay(e)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).isNotEmpty().isEqualTo(listed);
    }

    @Test
    void theContainerGuardsExactlyTheAdminPagesAndOpensOnlyTheSignInPage() throws Exception {
        Set<String> adminPages = Arrays.stream(Endpoint.values())
                .filter(e -> e.kind() == Endpoint.Kind.PAGE && e.role() == Role.ADMIN).map(Endpoint::pattern)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> openPages = Arrays.stream(Endpoint.values()).filter(Endpoint::isOpen).map(Endpoint::pattern)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> publicPatterns = constraintPatterns("public");
        Set<String> openStatics = Set.of("/static/*", "/webjars/*", "/error");

        assertThat(constraintPatterns("admin")).isEqualTo(adminPages);
        assertThat(publicPatterns).containsAll(openPages).containsAll(openStatics)
                .hasSize(new TreeSet<>(openPages).size() + openStatics.size());
    }

    @Test
    void anAdminMayDoAllAnAnalystMayAndOnlyTheSignInPageIsOpen() {
        assertThat(Endpoint.OVERVIEW.allows(Role.ANALYST)).isTrue();
        assertThat(Endpoint.OVERVIEW.allows(Role.ADMIN)).isTrue();
        assertThat(Endpoint.TEST_SEND.allows(Role.ANALYST)).isFalse();
        assertThat(Endpoint.TEST_SEND.allows(Role.ADMIN)).isTrue();
        assertThat(Arrays.stream(Endpoint.values()).filter(Endpoint::isOpen))
                .containsExactlyInAnyOrder(Endpoint.LOGIN_FORM, Endpoint.LOGIN);
    }

    private static Set<String> rolesThatMay(Endpoint endpoint) {
        return Arrays.stream(Role.values()).filter(endpoint::allows).map(Role::roleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<String> httpMethod(AnnotatedElement method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                .map(HttpMethod::value).findFirst();
    }

    /** Every class compiled into the war (target/classes), loaded without running its initializers. */
    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
        java.nio.file.Path classes = Paths.get(Endpoint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    found.add(Class.forName(name, false, EndpointTest.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return found;
    }

    /** The url-patterns of web.xml's security constraint with this web-resource-name. */
    private static Set<String> constraintPatterns(String resourceName) throws Exception {
        Element webApp = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Paths.get("src/main/webapp/WEB-INF/web.xml").toFile()).getDocumentElement();
        NodeList collections = webApp.getElementsByTagName("web-resource-collection");
        Set<String> patterns = new TreeSet<>();
        for (int i = 0; i < collections.getLength(); i++) {
            Element collection = (Element) collections.item(i);
            if (resourceName.equals(collection.getElementsByTagName("web-resource-name").item(0).getTextContent().trim())) {
                NodeList urls = collection.getElementsByTagName("url-pattern");
                for (int j = 0; j < urls.getLength(); j++) {
                    patterns.add(urls.item(j).getTextContent().trim());
                }
            }
        }
        return patterns;
    }
}
