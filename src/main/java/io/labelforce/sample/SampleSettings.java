package io.labelforce.sample;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code labelforce.samples.*}.
 *
 * @param maxUploadBodySize the request body limit of UploadSamplesJson (36), which carries base64 files; the
 *     Python SDK keeps a batch under 7.5 MB, so the default leaves room for that and more
 * @param maxFileSize the largest decoded file an upload item may carry (a larger one fails that item)
 * @param maxBatchSize the most items one batch call (36, 38, 40) may carry, and the page size of imports
 * @param orphanGracePeriod how long an object written for a sample row may wait for the row's commit before
 *     {@link OrphanSweeper} deletes it (far longer than any upload call takes)
 * @param orphanSweepInterval how often {@link OrphanSweeper} looks for such objects
 * @param importLease how long a running import holds its task without renewing the lease (it renews it with
 *     every page); after that another runner may take the task over
 */
@ConfigurationProperties("labelforce.samples")
record SampleSettings(
        @DefaultValue("16MB") DataSize maxUploadBodySize,
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("1000") int maxBatchSize,
        @DefaultValue("1h") Duration orphanGracePeriod,
        @DefaultValue("5m") Duration orphanSweepInterval,
        @DefaultValue("2m") Duration importLease) {}
