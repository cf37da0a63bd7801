package dev.cascade.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The demo EAR (Cascade plus the Telesign simulator), as {@code ./cascade demo} deploys it. */
public final class DemoDeployment {

    private DemoDeployment() {
    }

    public static EnterpriseArchive ear() {
        File ear = new File(ItConfig.property("cascade.demo-ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: build the demo-ear module first (mvn verify builds everything)");
        }
        return ShrinkWrap.create(ZipImporter.class, "cascade-demo.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
