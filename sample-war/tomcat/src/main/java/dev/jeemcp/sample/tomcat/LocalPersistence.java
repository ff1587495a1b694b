package dev.jeemcp.sample.tomcat;

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
 * The persistence unit where no container manages one (Tomcat): one factory for the application, one
 * {@code EntityManager} per HTTP request, closed when the request ends. It replaces the sample's
 * {@code @PersistenceContext} producer, which {@code WEB-INF/beans.xml} leaves out here. The same bean also serves the
 * library's handle store, which looks the application's {@code EntityManager} up in CDI.
 */
@ApplicationScoped
public class LocalPersistence {

    private EntityManagerFactory factory;

    @PostConstruct
    void open() {
        factory = Persistence.createEntityManagerFactory("quotes");
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
