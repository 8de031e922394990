package org.migrantrights.kg;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in this JVM with Bolt on 127.0.0.1 and no authentication.
 *
 * <p>Contract with the Node side (src/db/embeddedNeo4j.ts): exactly one line starting with
 * {@code NEO4J_READY } on stdout once Bolt accepts connections, or one line starting with
 * {@code NEO4J_FAILED } and a non-zero exit. The process stops cleanly on SIGINT/SIGTERM and when
 * its stdin closes, which is how it notices that its parent died.
 *
 * <p>While it serves, {@code STORE/kg-bolt.json} says where: {@code {"uri", "databaseId", "pid",
 * "version"}}, so that the {@code kg} command line can use this Neo4j instead of failing on the held
 * store (src/db/runningNeo4j.ts). It is removed on a clean stop; a killed JVM leaves it behind, and
 * the reader then finds nothing answering with that database id and ignores it.
 *
 * <p>Arguments: {@code --store DIR --port N [--pagecache 1g] [--plugins DIR] [--tx-timeout 30s]}.
 */
public final class EmbeddedNeo4j {
  /** The file in the store folder that says where this Neo4j's Bolt connector listens. */
  static final String ADDRESS_FILE = "kg-bolt.json";

  private EmbeddedNeo4j() {}

  public static void main(String[] args) {
    Map<String, String> opts = parseArgs(args);
    Path store = Path.of(require(opts, "store")).toAbsolutePath();
    int port = Integer.parseInt(require(opts, "port"));
    String pagecache = opts.getOrDefault("pagecache", "1g");
    String plugins = opts.get("plugins");
    String txTimeout = opts.getOrDefault("tx-timeout", "0s");

    // A held port would otherwise surface as a long Netty stack trace after the store has opened.
    if (!portIsFree(port)) {
      fail(4, "port 127.0.0.1:" + port + " is already in use; set NEO4J_EMBEDDED_PORT to a free port"
          + " or stop the process holding it");
    }

    DatabaseManagementService dbms;
    try {
      Files.createDirectories(store);
      DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(store)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          // Safe only because Bolt is bound to loopback; see README, "Configuration".
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
          .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.parse("PT" + txTimeout.toUpperCase()))
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
          .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("*"));
      if (plugins != null) {
        builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath());
      }
      dbms = builder.build();
    } catch (Throwable t) {
      if (causedByStoreLock(t)) {
        fail(3, "the store " + store + " is already in use by another Neo4j; stop the other `npm start`"
            + " or point NEO4J_DATA_DIR elsewhere");
      }
      fail(1, "could not start Neo4j: " + rootMessage(t));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean shuttingDown = new AtomicBoolean(false);
    final DatabaseManagementService service = dbms;
    Path addressFile = store.resolve(ADDRESS_FILE);
    Runnable shutdown = () -> {
      if (shuttingDown.compareAndSet(false, true)) {
        try {
          // First, so that no reader is sent to a Neo4j that is going away.
          Files.deleteIfExists(addressFile);
        } catch (IOException ignored) {
          // A file left behind is stale, and readers check that before they trust it.
        }
        try {
          service.shutdown();
        } finally {
          stopped.countDown();
        }
      }
    };
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    String version;
    String databaseId;
    try {
      version = db.executeTransactionally(
          "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
          r -> String.valueOf(r.next().get("v")));
      databaseId = db.executeTransactionally(
          "CALL db.info() YIELD id RETURN id", Map.of(), r -> String.valueOf(r.next().get("id")));
    } catch (Throwable t) {
      shutdown.run();
      fail(1, "Neo4j started but the default database is not available: " + rootMessage(t));
      return;
    }
    String uri = "bolt://127.0.0.1:" + port;
    try {
      writeAddressFile(addressFile, uri, databaseId, version);
    } catch (IOException e) {
      // The server works without it; only `kg` beside it will not find it.
      System.err.println("could not write " + addressFile + ": " + e.getMessage());
    }
    System.out.println("NEO4J_READY " + uri + " " + version);
    System.out.flush();

    watchParent(shutdown);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes the address file whole or not at all: a reader never sees half of it. */
  private static void writeAddressFile(Path file, String uri, String databaseId, String version)
      throws IOException {
    String json = "{\"uri\": \"" + uri + "\", \"databaseId\": \"" + databaseId + "\", \"pid\": "
        + ProcessHandle.current().pid() + ", \"version\": \"" + version + "\"}\n";
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, json);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Stops Neo4j when stdin reaches end of file: the parent process exited or was killed. */
  private static void watchParent(Runnable shutdown) {
    Thread t = new Thread(() -> {
      try (InputStream in = System.in) {
        byte[] buf = new byte[256];
        while (in.read(buf) >= 0) {
          // Input is ignored; only its end matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same as end of file.
      }
      System.exit(0);
    }, "parent-watch");
    t.setDaemon(true);
    t.start();
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
      s.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean causedByStoreLock(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String name = c.getClass().getSimpleName();
      String msg = String.valueOf(c.getMessage());
      if (name.contains("FileLockException") || msg.contains("locked by another process")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null) {
      c = c.getCause();
    }
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        fail(2, "unexpected argument " + args[i]);
      }
      out.put(args[i].substring(2), args[i + 1]);
    }
    return out;
  }

  private static String require(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) {
      fail(2, "missing --" + key);
    }
    return v;
  }

  private static void fail(int code, String message) {
    System.out.println("NEO4J_FAILED " + message);
    System.out.flush();
    System.exit(code);
  }
}
