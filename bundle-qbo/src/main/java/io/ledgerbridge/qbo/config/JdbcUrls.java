package io.ledgerbridge.qbo.config;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown: a password in the URL never reaches a log line or an error message. */
public final class JdbcUrls {
    /** {@code password=…} or {@code pwd=…} in a query string ({@code ?…&…}) or H2's {@code ;PASSWORD=…}. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;](?:password|pwd)=)[^&;]*");
    /** {@code //user:secret@host}: user information in the authority. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;]*:)[^/@?;]*@");

    private JdbcUrls() {
    }

    /**
     * @param url a JDBC URL, or {@code null}
     * @return the URL with every password replaced by {@code ***}; {@code null} for {@code null}
     */
    public static String masked(String url) {
        if (url == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }
}
