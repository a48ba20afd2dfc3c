package dev.amiable.cli;

import dev.amiable.AmiClient;
import dev.amiable.AmiOptions;
import dev.amiable.AuthType;
import dev.amiable.ReconnectPolicy;
import java.io.Console;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import picocli.CommandLine.Option;

/**
 * The options every networked command shares: where to connect, who to log in as, TLS, MD5 and
 * profiles. Command-line options win over {@code AMI_SECRET}, which wins over the profile; a
 * missing secret is asked for on the console without echo.
 */
public final class ConnectionOptions implements CliContext.Aware {
    private CliContext context;

    @Option(names = {"-H", "--host"}, description = "Server host (default 127.0.0.1).")
    String host;

    @Option(names = {"-p", "--port"}, description = "AMI port (default 5038, 5039 with --tls).")
    Integer port;

    @Option(names = {"-u", "--username"}, description = "Manager user (default admin).")
    String username;

    @Option(names = "--secret", description = "Secret; prefer AMI_SECRET or a profile, "
            + "or leave out to be asked without echo.")
    String secret;

    @Option(names = "--tls", description = "Connect with TLS (default trust store).")
    Boolean tls;

    @Option(names = "--insecure", description = "With --tls: do not verify the server's certificate.")
    Boolean insecure;

    @Option(names = "--md5", description = "Log in with an MD5 challenge instead of the plain secret.")
    Boolean md5;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Profiles file (default ~/.config/amiable/profiles.properties).")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME", description = "Profile to use from the config file.")
    String profile;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for answers and to connect (default 10s).")
    Duration timeout;

    @Override
    public void context(CliContext context) {
        this.context = context;
    }

    /** The resolved options; throws {@link UsageException} when something needed is missing. */
    public AmiOptions resolve() {
        Profiles p = Profiles.load(config != null ? config : Profiles.defaultFile(context), config != null, profile);
        boolean useTls = pick(tls, p.flag("tls"), false);
        boolean noVerify = pick(insecure, p.flag("insecure"), false);
        int thePort = port != null ? port : p.get("port") != null ? parsePort(p.get("port")) : useTls ? 5039 : 5038;
        String user = pick(username, p.get("username"), "admin");
        String theSecret = secret != null ? secret : context.env("AMI_SECRET");
        if (theSecret == null) {
            theSecret = p.get("secret");
        }
        if (theSecret == null) {
            theSecret = prompt(user);
        }
        context.secret(theSecret);
        Duration t = timeout != null ? timeout : Duration.ofSeconds(10);
        if (t.isZero()) {
            throw new UsageException("--timeout must be positive");
        }
        AmiOptions.Builder b = AmiOptions.builder()
                .host(pick(host, p.get("host"), "127.0.0.1"))
                .port(thePort)
                .username(user)
                .secret(theSecret)
                .authType(pick(md5, p.flag("md5"), false) ? AuthType.MD5 : AuthType.PLAIN)
                .connectTimeout(t)
                .actionTimeout(t)
                .reconnect(ReconnectPolicy.OFF);
        if (useTls) {
            b.tls(noVerify ? trustAll() : defaultTls()).hostnameVerification(!noVerify);
        }
        return b.build();
    }

    /** Connects and logs in with {@link #resolve()}. */
    public AmiClient connect() {
        return AmiClient.connect(resolve());
    }

    /** Connects and logs in with events off, for commands that turn them on once they listen. */
    public AmiClient connectQuiet() {
        return AmiClient.connect(resolve().toBuilder().eventMask("off").build());
    }

    private String prompt(String user) {
        Console c = System.console();
        if (c == null) {
            throw new UsageException("no secret given: use --secret, AMI_SECRET or a profile");
        }
        char[] pw = c.readPassword("Secret for %s: ", user);
        if (pw == null) {
            throw new UsageException("no secret given");
        }
        return new String(pw);
    }

    private static int parsePort(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new UsageException("bad port in profile: " + s);
        }
    }

    private static <T> T pick(T given, T fromProfile, T fallback) {
        return given != null ? given : fromProfile != null ? fromProfile : fallback;
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no TLS in this JVM", e);
        }
    }

    private static SSLContext trustAll() {
        TrustManager tm = new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        };
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new TrustManager[] {tm}, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS in this JVM", e);
        }
    }
}
