package dev.cascade.it.support;

import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced — what operators deploy — and test deployments made of its parts. */
public final class CascadeDeployment {

    private CascadeDeployment() {
    }

    /** The EAR itself, for tests that talk to it over HTTP. */
    public static EnterpriseArchive ear() {
        File ear = new File(ItConfig.property("cascade.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: build the ear module first (mvn verify builds everything)");
        }
        return ShrinkWrap.create(ZipImporter.class, "cascade.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * A war holding the EAR's {@code lib/} jars as they ship (the ledger, the client, Flyway) and AssertJ,
     * for tests that run inside the server against the ledger's CDI beans. The caller adds its own classes.
     */
    public static WebArchive ledgerLibrariesIn(String warName) {
        EnterpriseArchive ear = ear();
        WebArchive war = ShrinkWrap.create(WebArchive.class, warName)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                          <deployment><dependencies>
                            <module name="com.fasterxml.jackson.core.jackson-databind"/>
                            <module name="com.fasterxml.jackson.core.jackson-core"/>
                            <module name="com.fasterxml.jackson.core.jackson-annotations"/>
                          </dependencies></deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml");
        List<ArchivePath> libraries = ear.getContent().keySet().stream()
                .filter(p -> p.get().startsWith("/lib/") && p.get().endsWith(".jar")).toList();
        if (libraries.isEmpty()) {
            throw new IllegalStateException("no lib/*.jar in " + ear.toString(true));
        }
        // Re-created under their file names: an archive taken from the EAR is named by its EAR path.
        libraries.forEach(path -> war.addAsLibrary(ShrinkWrap.create(JavaArchive.class,
                path.get().substring("/lib/".length())).merge(ear.getAsType(JavaArchive.class, path))));
        // AssertJ runs inside the server too (with Byte Buddy, which it uses for some assertions).
        war.addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
        war.addAsLibrary(jarOf(net.bytebuddy.ByteBuddy.class));
        return war;
    }

    private static JavaArchive jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
