package cn.jiangxin.identity;

import java.util.Objects;

/**
 * A user name with a one-time password, to be handed to the person once; the password must be changed at first
 * login. {@code toString()} never prints the password. Serializable because it reaches the next page as a flash
 * attribute through the session store, from which it is removed when that page is shown.
 */
public record IssuedCredentials(String username, String oneTimePassword) implements java.io.Serializable {

    public IssuedCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(oneTimePassword, "oneTimePassword");
    }

    @Override
    public String toString() {
        return "IssuedCredentials[" + username + "]";
    }
}
