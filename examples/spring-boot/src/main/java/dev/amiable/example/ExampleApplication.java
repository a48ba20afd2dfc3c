package dev.amiable.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot service on Amiable's starter: {@code GET /calls} lists the PBX's live calls,
 * {@code /actuator/health} shows the AMI link, {@code /actuator/metrics/amiable.events} counts
 * events. See {@code run.sh} to run it against {@code amiable sim}.
 */
@SpringBootApplication
public class ExampleApplication {
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
