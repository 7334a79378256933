package dk.arkiv.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request's path as a site path, or nothing when it could reach outside the site: dot segments,
 * backslashes, NUL, and anything still percent-encoded after one decoding (double encoding) are
 * refused outright rather than cleaned up.
 */
final class RequestPaths {
    private RequestPaths() {
    }

    static Optional<String> sitePath(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.contains("%") || decoded.contains("\\") || decoded.indexOf('\0') >= 0 || decoded.contains("//")) {
            return Optional.empty();
        }
        String path = decoded.substring(1);
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        return Optional.of(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    static String contentType(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "ics" -> "text/calendar; charset=utf-8";
            case "txt" -> "text/plain; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }
}
