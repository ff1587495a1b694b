package dev.jeemcp.it;

import dev.jeemcp.it.infra.Deployments;
import dev.jeemcp.it.infra.Poll;
import dev.jeemcp.it.infra.Server;
import dev.jeemcp.it.infra.ServerProcess;
import dev.jeemcp.it.infra.SharedDatabase;
import dev.jeemcp.it.legacystateful.ConversationDesk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Stateful} session bean with a tool fails the deployment with a sentence that names the method and says
 * what to do: its state would belong to one client's session, and the endpoint keeps none.
 */
class EnterpriseStatefulBeansAreRefusedIT {

    @Test
    void theDeploymentFailsWithASentenceNamingTheMethod() throws Exception {
        SharedDatabase.recreateLegacySchema();
        try (ServerProcess server = Server.current().start(Deployments.legacyApp(ConversationDesk.class), "stateful")) {
            String sentence = "Method dev.jeemcp.it.legacystateful.ConversationDesk.nextTurn() is invalid: ConversationDesk is a"
                    + " @Stateful session bean";
            Poll.until(Duration.ofMinutes(3), () -> server.log().contains(sentence), "the deployment error naming the method");
            Poll.until(Duration.ofSeconds(5), () -> server.log().contains("Make the bean @Stateless or @Singleton"), "what to do");
        }
    }
}
