package eus.berrigune.shared.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the JVM has head-room: fails when, after the last garbage collection, less than 5 % of the maximum
 * heap is free. The heap in use at any moment also holds garbage not yet collected (with the serial collector it
 * often nears the maximum just before a collection), so it would send a healthy server to be restarted.
 */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long max = runtime.maxMemory();
        long afterLastCollection = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage collected = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (collected != null) {
                afterLastCollection += collected.getUsed();
            }
        }
        return HealthCheckResponse.named("heap")
                .status(afterLastCollection < max * 0.95)
                .withData("usedAfterLastCollectionMb", afterLastCollection / (1024 * 1024))
                .withData("usedMb", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024))
                .withData("maxMb", max / (1024 * 1024))
                .build();
    }
}
