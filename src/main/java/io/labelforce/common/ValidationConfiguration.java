package io.labelforce.common;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation checks request records only (entities are never validated at the edge), so the JPA
 * reachability check Hibernate Validator adds when JPA is present is pure cost: on a task update naming 1,000
 * members it asked JPA about every element. Everything is reachable and cascadable here.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    ValidationConfigurationCustomizer everythingReachable() {
        return configuration -> configuration.traversableResolver(new TraversableResolver() {
            @Override
            public boolean isReachable(
                    Object bean,
                    Path.Node node,
                    Class<?> rootType,
                    Path path,
                    java.lang.annotation.ElementType elementType) {
                return true;
            }

            @Override
            public boolean isCascadable(
                    Object bean,
                    Path.Node node,
                    Class<?> rootType,
                    Path path,
                    java.lang.annotation.ElementType elementType) {
                return true;
            }
        });
    }
}
