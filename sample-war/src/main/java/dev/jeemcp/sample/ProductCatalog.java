package dev.jeemcp.sample;

import dev.jeemcp.mcp.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

/** The products the insurer sells. */
@ApplicationScoped
@Audited
public class ProductCatalog {

    private static final List<Product> PRODUCTS = List.of(
            new Product(ProductCode.HOME, "Home", "Buildings and contents", new BigDecimal("240.00")),
            new Product(ProductCode.MOTOR, "Motor", "Third party, fire and theft", new BigDecimal("410.00")),
            new Product(ProductCode.TRAVEL, "Travel", "Annual multi-trip", new BigDecimal("95.00")));

    @McpTool(name = "list_products", title = "List products", description = "Lists the insurance products on offer with their base premium in EUR",
            readOnly = true, idempotent = true, openWorld = false)
    public Products listProducts() {
        return new Products(PRODUCTS);
    }

    Product product(ProductCode code) {
        return PRODUCTS.stream().filter(p -> p.code() == code).findFirst().orElseThrow();
    }
}
