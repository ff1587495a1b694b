package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.binding.JsonBinding;
import dev.jeemcp.mcp.cdi.internal.fixtures.EntityTools;
import dev.jeemcp.mcp.cdi.internal.fixtures.entities.Customer;
import dev.jeemcp.mcp.cdi.internal.fixtures.entities.Parcel;
import dev.jeemcp.mcp.cdi.internal.fixtures.entities.Shipment;
import dev.jeemcp.mcp.cdi.internal.schema.JsonShapes;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A lazy JPA association or attribute is neither in a tool's schemas nor in the JSON the library reads and writes,
 * with field access and with property access: an entity Hibernate loaded, whose persistence context is closed, is
 * written without loading anything and without a lazy-initialization error. Nor is what providers add to entity
 * classes (EclipseLink weaving, Hibernate enhancement and proxies) ever a property.
 */
class LazyAssociationsAreNeverWrittenTest {

    private static EntityManagerFactory entities;

    @BeforeAll
    static void persist() {
        entities = Persistence.createEntityManagerFactory("entities-test");
        EntityManager entityManager = entities.createEntityManager();
        entityManager.getTransaction().begin();
        Customer customer = new Customer();
        customer.setId(1L);
        customer.setName("Ada");
        customer.setNotes("pays late");
        customer.getTags().add("vip");
        entityManager.persist(customer);
        Shipment shipment = new Shipment();
        shipment.setId(10L);
        shipment.setLabel("box");
        shipment.setCustomer(customer);
        Parcel parcel = new Parcel();
        parcel.setId(100L);
        parcel.setGrams(500);
        shipment.getParcels().add(parcel);
        entityManager.persist(shipment);
        entityManager.getTransaction().commit();
        entityManager.close();
    }

    @AfterAll
    static void close() {
        entities.close();
    }

    /** The entity as a tool returns it once its transaction has ended: loaded, its persistence context closed. */
    private static <T> T detached(Class<T> type, long id) {
        EntityManager entityManager = entities.createEntityManager();
        try {
            return entityManager.find(type, id);
        } finally {
            entityManager.close();
        }
    }

    private static Set<String> properties(Type type, boolean output) throws Exception {
        return (output ? JsonShapes.output(type) : JsonShapes.input(type)).schema().getJsonObject("properties").keySet();
    }

    @Test
    void theSchemasLeaveOutLazyMembersWithFieldAccess() throws Exception {
        // shipments (one-to-many), tags (element collection) and notes (@Basic(fetch = LAZY)) are lazy
        assertEquals(Set.of("id", "name"), properties(Customer.class, true));
        assertEquals(Set.of("id", "name"), properties(Customer.class, false));
    }

    @Test
    void theSchemasLeaveOutLazyMembersWithPropertyAccess() throws Exception {
        // customer (many-to-one, LAZY) and parcels (one-to-many) are mapped on their getters
        assertEquals(Set.of("id", "label"), properties(Shipment.class, true));
        assertEquals(Set.of("id", "label"), properties(Shipment.class, false));
        assertEquals(Set.of("id", "grams"), properties(Parcel.class, true));
    }

    @Test
    void aDetachedEntityIsReturnedWithoutItsLazyMembers() {
        Customer customer = detached(Customer.class, 1L);
        Shipment shipment = detached(Shipment.class, 10L);
        // Really lazy, really detached: reading any of these would throw LazyInitializationException.
        assertFalse(Hibernate.isInitialized(customer.getShipments()));
        assertFalse(Hibernate.isInitialized(customer.getTags()));
        assertFalse(Hibernate.isInitialized(shipment.getCustomer()));
        assertFalse(Hibernate.isInitialized(shipment.getParcels()));
        EntityTools.Lazy.customer = customer;
        EntityTools.Lazy.shipment = shipment;
        try (CatalogFixture fixture = new CatalogFixture(EntityTools.Lazy.class)) {
            JsonObject result = fixture.call("customer", "{}");
            assertFalse(result.getBoolean("isError", false), result.toString());
            assertEquals("{\"id\":1,\"name\":\"Ada\"}", result.getJsonObject("structuredContent").toString());
            result = fixture.call("shipment", "{}");
            assertFalse(result.getBoolean("isError", false), result.toString());
            assertEquals("{\"id\":10,\"label\":\"box\"}", result.getJsonObject("structuredContent").toString());
            assertEquals(Set.of("id", "name"), fixture.tool("rename").definition().getJsonObject("inputSchema")
                    .getJsonObject("properties").getJsonObject("customer").getJsonObject("properties").keySet());
        } finally {
            EntityTools.Lazy.customer = null;
            EntityTools.Lazy.shipment = null;
        }
        assertFalse(Hibernate.isInitialized(customer.getShipments()));
    }

    @Test
    void theBinderNeitherWritesNorReadsThem() {
        JsonBinding binding = new JsonBinding();
        // Straight from JSON-B, before the result is cut to its schema.
        assertEquals("{\"id\":1,\"name\":\"Ada\"}", binding.toJson(detached(Customer.class, 1L)).toString());
        assertEquals("{\"id\":10,\"label\":\"box\"}", binding.toJson(detached(Shipment.class, 10L)).toString());
        Customer read = (Customer) binding.fromJson(CatalogFixture.json("{\"id\":2,\"name\":\"Bob\",\"notes\":\"x\","
                + "\"tags\":[\"a\"],\"shipments\":[{\"id\":3}]}"), Customer.class);
        assertEquals("Bob", read.getName());
        assertNull(read.getNotes());
        assertTrue(read.getTags().isEmpty());
        assertTrue(read.getShipments().isEmpty());
    }

    @Test
    void anInitializedProxyIsWrittenAsItsEntity() {
        EntityManager entityManager = entities.createEntityManager();
        Customer proxy;
        try {
            proxy = entityManager.getReference(Customer.class, 1L);
            Hibernate.initialize(proxy);
        } finally {
            entityManager.close();
        }
        assertTrue(proxy.getClass() != Customer.class, "a Hibernate proxy");
        assertEquals("{\"id\":1,\"name\":\"Ada\"}", new JsonBinding().toJson(proxy).toString());
    }

    @Test
    void aLazyMemberOfAMappedSuperclassIsLeftOut() throws Exception {
        assertEquals(Set.of("id"), properties(Audit.class, true));
        Audit audit = new Audit();
        audit.setId(5L);
        assertEquals("{\"id\":5}", new JsonBinding().toJson(audit).toString());
    }

    @Test
    void whatProvidersAddIsNeverAProperty() throws Exception {
        assertEquals(Set.of("name"), properties(Woven.class, true));
        assertEquals("{\"name\":\"n\"}", new JsonBinding().toJson(new Woven()).toString());
    }

    @Test
    void theApplicationsOwnVisibilityStillWins() {
        // JSON-B asks a class's @JsonbVisibility before the library's configured strategy.
        assertEquals("{\"hidden\":\"h\"}", new JsonBinding().toJson(new FieldsOnly()).toString());
    }

    /** Private fields only, by the application's own choice. */
    @JsonbVisibility(FieldsOnly.Strategy.class)
    public static class FieldsOnly {
        private String hidden = "h";

        public String getShown() {
            return "s";
        }

        /** Every field, no method. */
        public static class Strategy implements PropertyVisibilityStrategy {
            @Override
            public boolean isVisible(Field field) {
                return true;
            }

            @Override
            public boolean isVisible(Method method) {
                return false;
            }
        }
    }

    /** A superclass whose lazy association its entities inherit. */
    @MappedSuperclass
    public static class Audited {
        @OneToMany
        private List<Parcel> history = new ArrayList<>();

        public List<Parcel> getHistory() {
            return history;
        }

        public void setHistory(List<Parcel> history) {
            this.history = history;
        }
    }

    /** An entity with an inherited lazy association. */
    @Entity
    public static class Audit extends Audited {
        @Id
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }

    /**
     * Public members such as the providers add: EclipseLink weaving's {@code _persistence_*}, Hibernate enhancement's
     * {@code $$_hibernate_*}, and the {@code getHibernateLazyInitializer()} of Hibernate's proxies.
     */
    public static class Woven {
        public String name = "n";
        public String _persistence_primaryKey = "1";
        public String $$_hibernate_tracker = "t";

        public String get_persistence_fetchGroup() {
            return "g";
        }

        public String $$_hibernate_getEntityInstance() {
            return "e";
        }

        public String getHibernateLazyInitializer() {
            return "i";
        }
    }
}
