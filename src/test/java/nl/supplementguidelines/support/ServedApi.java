package nl.supplementguidelines.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a test of the running API over real HTTP starts from: a client of its random port, and its database for the
 * setup and the putting back that plain SQL does best. The contracts run on each database extend it.
 */
public abstract class ServedApi {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }
}
