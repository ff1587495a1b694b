package dev.jeemcp.mcp.cdi.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jeemcp.mcp.cdi.internal.fixtures.InvalidFeatures;
import jakarta.enterprise.inject.spi.DefinitionException;
import org.junit.jupiter.api.Test;

/** Invalid prompts, resources and completions stop the deployment with a sentence naming the method. */
class InvalidFeaturesFailDeploymentTest {

    private static String failure(Class<?> bean) {
        DefinitionException error = assertThrows(DefinitionException.class, () -> Containers.boot(bean).close());
        return error.getMessage() + " " + (error.getCause() == null ? "" : error.getCause().getMessage());
    }

    @Test
    void promptArgumentsAreStrings() {
        String message = failure(InvalidFeatures.PromptWithNumber.class);
        assertTrue(message.contains("PromptWithNumber.greet(int)") && message.contains("must be String"), message);
    }

    @Test
    void aResourceHasExactlyOneUriOrTemplate() {
        String message = failure(InvalidFeatures.ResourceWithBothUris.class);
        assertTrue(message.contains("ResourceWithBothUris.read()") && message.contains("exactly one"), message);
    }

    @Test
    void everyTemplateVariableNeedsAParameter() {
        String message = failure(InvalidFeatures.TemplateWithoutParameter.class);
        assertTrue(message.contains("TemplateWithoutParameter.read(String)") && message.contains("a://{id}/{part}"), message);
    }

    @Test
    void aCompletionNeedsAnExistingTarget() {
        String message = failure(InvalidFeatures.CompletionOfNothing.class);
        assertTrue(message.contains("CompletionOfNothing.complete(String)") && message.contains("nowhere"), message);
    }
}
