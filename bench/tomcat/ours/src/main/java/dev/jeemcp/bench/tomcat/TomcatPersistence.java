package dev.jeemcp.bench.tomcat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * The benchmark's persistence unit on Tomcat, which manages none: one factory, one {@code EntityManager} per request.
 * There is no {@code @Transactional} interceptor here, so a {@code bump} runs its read and its update in two local
 * transactions of the library's own ({@code Transactions.run}); the Tomcat rows therefore measure the protocol path,
 * and {@code bump} is compared on Payara.
 */
@ApplicationScoped
public class TomcatPersistence {

    private EntityManagerFactory factory;

    @PostConstruct
    void open() {
        factory = Persistence.createEntityManagerFactory("bench");
    }

    @PreDestroy
    void close() {
        factory.close();
    }

    @Produces
    @RequestScoped
    EntityManager entityManager() {
        return factory.createEntityManager();
    }

    void close(@Disposes EntityManager entityManager) {
        if (entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
