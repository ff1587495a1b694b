package dev.jeemcp.it.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/api")
public class Hello extends Application {
    @Path("hello")
    public static class Resource {
        @GET
        public String hello() {
            return "hi";
        }
    }
}
