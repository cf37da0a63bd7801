package dev.cascade.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced — what operators deploy — for tests that talk to it over HTTP. */
public final class CascadeDeployment {

    private CascadeDeployment() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(ItConfig.property("cascade.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: build the ear module first (mvn verify builds everything)");
        }
        return ShrinkWrap.create(ZipImporter.class, "cascade.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
