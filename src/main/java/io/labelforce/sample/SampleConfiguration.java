package io.labelforce.sample;

import io.labelforce.common.BodyLimitRoute;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SampleConfiguration {

    /** UploadSamplesJson carries files as base64: its own body limit instead of labelforce.http.max-body-size. */
    @Bean
    BodyLimitRoute sampleUploadBodyLimit(SampleSettings settings) {
        return new BodyLimitRoute("POST", SampleController.SAMPLES, settings.maxUploadBodySize());
    }
}
