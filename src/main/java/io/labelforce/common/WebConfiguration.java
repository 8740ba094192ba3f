package io.labelforce.common;

import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            HttpLimits limits, ObjectProvider<BodyLimitRoute> routes, ProblemWriter problemWriter) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(
                limits.maxBodySize().toBytes(), routes.orderedStream().toList(), problemWriter));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Container-level errors (before Spring MVC) in the same format: see {@link JsonErrorReportValve}. */
    @Bean
    TomcatContextCustomizer jsonErrorReportValve() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
            }
        };
    }

    @Bean
    Clock clock() {
        // millisecond ticks: every timestamp we store is exactly what the API shows (epoch ms)
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofMillis(1));
    }
}
