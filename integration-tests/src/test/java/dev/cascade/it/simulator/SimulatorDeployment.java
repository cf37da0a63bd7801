package dev.cascade.it.simulator;

import dev.cascade.telesign.client.TelesignClient;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The simulator war the build produced, made deployable on its own: in the demo EAR api-client sits in
 * {@code lib/} and WildFly's Jackson is handed over by the EAR; here the war carries api-client in
 * {@code WEB-INF/lib} and asks for Jackson itself.
 */
final class SimulatorDeployment {

    private static final String WAR = "telesign-simulator/target/telesign-simulator.war";
    private static final String JACKSON = """
            <?xml version="1.0" encoding="UTF-8"?>
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                <deployment>
                    <dependencies>
                        <module name="com.fasterxml.jackson.core.jackson-databind"/>
                        <module name="com.fasterxml.jackson.core.jackson-core"/>
                        <module name="com.fasterxml.jackson.core.jackson-annotations"/>
                    </dependencies>
                </deployment>
            </jboss-deployment-structure>
            """;

    private SimulatorDeployment() {
    }

    static WebArchive war() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "telesign-simulator.war").importFrom(warFile())
                .as(WebArchive.class);
        File apiClient = apiClientLocation();
        if (apiClient.isDirectory()) {
            // In a reactor build the test classpath has api-client/target/classes, not the jar.
            war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "api-client.jar").as(ExplodedImporter.class)
                    .importDirectory(apiClient).as(JavaArchive.class));
        } else {
            war.addAsLibrary(apiClient);
        }
        return war.addAsWebInfResource(new StringAsset(JACKSON), "jboss-deployment-structure.xml");
    }

    /** The repository root as failsafe names it ({@code cascade.root}), else one level up from the module. */
    private static File warFile() {
        String root = System.getProperty("cascade.root", System.getProperty("maven.multiModuleProjectDirectory", ".."));
        File war = new File(root, WAR);
        if (!war.isFile()) {
            war = new File("..", WAR);
        }
        if (!war.isFile()) {
            throw new IllegalStateException(war.getAbsolutePath()
                    + " is missing: build the telesign-simulator module first (mvn verify builds everything)");
        }
        return war;
    }

    private static File apiClientLocation() {
        try {
            return new File(TelesignClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate api-client on the test classpath", e);
        }
    }
}
