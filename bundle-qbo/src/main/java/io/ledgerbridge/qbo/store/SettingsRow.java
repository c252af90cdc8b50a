package io.ledgerbridge.qbo.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One tenant's connector settings as stored: the settings as JSON, plus the columns the scheduler queries. */
@Entity
@Table(name = "qbo_settings")
public class SettingsRow {
    @Id
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "settings_json", nullable = false)
    private String settingsJson;
    @Column(name = "enabled", nullable = false)
    private boolean enabled;
    @Column(name = "auto_sync_minutes")
    private Integer autoSyncMinutes;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SettingsRow() {
    }

    /** @param tenantId the tenant */
    public SettingsRow(String tenantId) {
        this.tenantId = tenantId;
    }

    public String tenantId() { return tenantId; }
    public String settingsJson() { return settingsJson; }
    public boolean enabled() { return enabled; }
    public Integer autoSyncMinutes() { return autoSyncMinutes; }
    public Instant updatedAt() { return updatedAt; }

    /**
     * @param json the settings as JSON
     * @param enabled whether the tenant pushes
     * @param autoSyncMinutes the auto-sync interval, or {@code null} for manual only
     * @param at when it changed
     */
    public void update(String json, boolean enabled, Integer autoSyncMinutes, Instant at) {
        this.settingsJson = json;
        this.enabled = enabled;
        this.autoSyncMinutes = autoSyncMinutes;
        this.updatedAt = at;
    }
}
