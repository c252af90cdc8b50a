package io.ledgerbridge.demo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;

class BundleFolderTest {

    @Test
    void theInstalledBundlesFollowTheFolderAcrossStarts(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(jarOnClassPath("org.osgi.util.function"), dir.resolve("function.jar"));
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(
                Map.of(Constants.FRAMEWORK_STORAGE, dir.resolve("cache").toString()));
        framework.init();
        try {
            assertThat(BundleFolder.synchronize(framework.getBundleContext(), List.of(jar))).as("installed").isFalse();
            Bundle bundle = framework.getBundleContext().getBundle(jar.toUri().toString());
            BundleStartLevel startLevel = bundle.adapt(BundleStartLevel.class);
            assertThat(startLevel.getStartLevel()).isEqualTo(StartLevelOrder.INFRASTRUCTURE.level());
            assertThat(startLevel.isPersistentlyStarted()).isTrue();
            assertThat(bundle.getState()).as("not started before the framework").isEqualTo(Bundle.INSTALLED);

            assertThat(BundleFolder.synchronize(framework.getBundleContext(), List.of(jar))).as("unchanged").isFalse();

            Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
            assertThat(BundleFolder.synchronize(framework.getBundleContext(), List.of(jar))).as("rebuilt").isTrue();

            assertThat(BundleFolder.synchronize(framework.getBundleContext(), List.of())).as("removed").isTrue();
            assertThat(bundle.getState()).isEqualTo(Bundle.UNINSTALLED);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    private static Path jarOnClassPath(String name) {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().startsWith(name)).map(Path::of).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is not on the test class path"));
    }
}
