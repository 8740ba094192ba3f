package io.labelforce.job;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code labelforce.limits.annotation-jobs-per-project}: how many labeling jobs a project may hold; what is
 * left is reported as {@code manual_annotation_count_limit}.
 */
@Validated
@ConfigurationProperties("labelforce.limits")
record JobSettings(@DefaultValue("1000") @Min(1) int annotationJobsPerProject) {}
