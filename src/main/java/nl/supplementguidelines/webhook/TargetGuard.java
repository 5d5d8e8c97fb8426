package nl.supplementguidelines.webhook;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The SSRF guard: a webhook may only point at an {@code https} URL whose host resolves to public addresses only, so a
 * registration cannot make this service POST into its own network (loopback, private and link-local ranges, the
 * cloud metadata address, CGNAT, unique-local IPv6, multicast, reserved and documentation ranges). Checked at
 * registration and again before every delivery, since DNS may change in between.
 */
@Component
class TargetGuard {

    static final int MAX_URL = 2000;

    private final WebhookProperties properties;

    TargetGuard(WebhookProperties properties) {
        this.properties = properties;
    }

    /** Why the URL may not be a target, or null when it may. Resolves the host (a DNS lookup). */
    @Nullable String refusal(String url) {
        if (url.length() > MAX_URL) {
            return "the URL is longer than " + MAX_URL + " characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "it is not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isEmpty()) {
            return "it is not an absolute URL with a host";
        }
        if (uri.getRawUserInfo() != null) {
            return "it carries user information (user:password@): put credentials in the secret, not the URL";
        }
        if (uri.getRawFragment() != null) {
            return "it has a fragment (#...), which is never sent";
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && properties.allowHttp())) {
            return "its scheme is " + (scheme.isEmpty() ? "missing" : "'" + scheme + "'") + "; only https is accepted";
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535)) {
            return "its port " + uri.getPort() + " is outside 1 to 65535";
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return "its host '" + uri.getHost() + "' does not resolve";
        }
        for (InetAddress address : addresses) {
            String why = notPublic(address);
            if (why != null) {
                return "its host '" + uri.getHost() + "' resolves to " + address.getHostAddress() + ", " + why;
            }
        }
        if (scheme.equals("http") && !java.util.Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
            return "http is accepted for loopback targets only; use https";
        }
        return null;
    }

    /** Why this address is not a public one, or null. */
    @Nullable String notPublic(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return properties.allowLoopback() ? null : "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address (such as the cloud metadata service 169.254.169.254)";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return "a unique-local address (fc00::/7)";
            }
            if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xC0) == 0xC0) {
                return "a site-local address (fec0::/10)";
            }
            if (b[0] == 0x20 && b[1] == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
                return "a documentation address (2001:db8::/32)";
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
                return "a Teredo address (2001::/32), which tunnels to an IPv4 one";
            }
            if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && b[4] == 0 && b[5] == 0x01) {
                return "a local-use NAT64 address (64:ff9b:1::/48)";
            }
            if (b[0] == 0x01 && b[1] == 0x00 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[6] == 0 && b[7] == 0) {
                return "a discard-only address (100::/64)";
            }
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                try {
                    String why = notPublic(InetAddress.getByAddress(embedded));
                    return why == null ? null : "an IPv6 address that embeds an IPv4 one, " + why;
                } catch (UnknownHostException e) {
                    return "an unreadable address";
                }
            }
            return null;
        }
        return address instanceof Inet4Address ? notPublicIpv4(b) : "an address of unknown kind";
    }

    private static @Nullable String notPublicIpv4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        int third = b[2] & 0xFF;
        if (first == 0) {
            return "in 0.0.0.0/8 (this network)";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "a shared (CGNAT) address (100.64.0.0/10)";
        }
        if (first == 192 && second == 0 && (third == 0 || third == 2)) {
            return "a reserved or documentation address (192.0.0.0/24, 192.0.2.0/24)";
        }
        if (first == 192 && second == 88 && third == 99) {
            return "a 6to4 relay anycast address (192.88.99.0/24)";
        }
        if (first == 198 && (second == 18 || second == 19)) {
            return "a benchmarking address (198.18.0.0/15)";
        }
        if ((first == 198 && second == 51 && third == 100) || (first == 203 && second == 0 && third == 113)) {
            return "a documentation address";
        }
        if (first >= 240) {
            return "a reserved or broadcast address (240.0.0.0/4)";
        }
        return null;
    }

    /**
     * The IPv4 address an IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d), IPv4-compatible, NAT64
     * (64:ff9b::/96) or 6to4 (2002:aabb:ccdd::/48) address carries: such an address reaches that IPv4 one.
     */
    private static byte @Nullable [] embeddedIpv4(byte[] b) {
        if (b[0] == 0x20 && b[1] == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        boolean zeros = true;
        for (int i = 0; i < 8; i++) {
            zeros &= b[i] == 0;
        }
        boolean translated = zeros && (b[8] & 0xFF) == 0xFF && (b[9] & 0xFF) == 0xFF && b[10] == 0 && b[11] == 0;
        zeros &= b[8] == 0 && b[9] == 0;
        boolean mapped = zeros && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0;
        boolean nat64 = b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || translated || compatible || nat64 ? new byte[] {b[12], b[13], b[14], b[15]} : null;
    }
}
