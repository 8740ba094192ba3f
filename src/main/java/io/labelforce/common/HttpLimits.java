package io.labelforce.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code labelforce.http.*}: limits on what a request may send. */
@ConfigurationProperties("labelforce.http")
public record HttpLimits(@DefaultValue("1MB") DataSize maxBodySize) {}
