package io.labelforce;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LabelforceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LabelforceApplication.class, args);
    }
}
