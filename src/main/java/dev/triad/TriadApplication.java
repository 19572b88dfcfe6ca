package dev.triad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TriadApplication {

    public static void main(String[] args) {
        SpringApplication.run(TriadApplication.class, args);
    }
}
