package io.labelforce.sample;

import io.labelforce.common.BodyLimitRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Also switches scheduling on for {@link OrphanSweeper} and {@link ImportRetries} (other modules do too). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SampleConfiguration {

    /** UploadSamplesJson carries files as base64: its own body limit instead of labelforce.http.max-body-size. */
    @Bean
    BodyLimitRoute sampleUploadBodyLimit(SampleSettings settings) {
        return new BodyLimitRoute("POST", SampleController.SAMPLES, settings.maxUploadBodySize());
    }
}
