package io.ledgerbridge.qbo.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * What happens to a create's answer between QuickBooks and the connector: QuickBooks has made the entity, the tap sees
 * its answer before the caller does and may lose it (throw, as a read timeout would) or end the process.
 */
@FunctionalInterface
interface CreateTap {
    /**
     * @param answer QuickBooks' answer to a create of the tapped entity
     * @return what the caller gets
     * @throws Exception instead of the answer
     */
    ObjectNode answered(ObjectNode answer) throws Exception;

    /**
     * @param gateway the push path's QuickBooks
     * @param entity the entity whose creates are tapped, e.g. "Invoice"
     * @param tap the tap
     * @return the gateway with its creates of {@code entity} tapped
     */
    static QboGateway on(QboGateway gateway, String entity, CreateTap tap) {
        return around(gateway, entity, body -> { }, tap);
    }

    /**
     * @param gateway the push path's QuickBooks
     * @param entity the entity whose creates are checked, e.g. "Customer"
     * @param check sees each create's body before it is sent, and may throw instead of sending it
     * @return the gateway with its creates of {@code entity} checked
     */
    static QboGateway before(QboGateway gateway, String entity, java.util.function.Consumer<ObjectNode> check) {
        return around(gateway, entity, check, answer -> answer);
    }

    private static QboGateway around(QboGateway gateway, String entity, java.util.function.Consumer<ObjectNode> check,
            CreateTap tap) {
        return (QboGateway) Proxy.newProxyInstance(QboGateway.class.getClassLoader(),
                new Class<?>[] {QboGateway.class}, (proxy, method, args) -> {
                    boolean tapped = method.getName().equals("create") && entity.equals(args[1]);
                    if (tapped) {
                        check.accept((ObjectNode) args[2]);
                    }
                    Object answer;
                    try {
                        answer = method.invoke(gateway, args);
                    } catch (InvocationTargetException x) {
                        throw x.getCause();
                    }
                    return tapped ? tap.answered((ObjectNode) answer) : answer;
                });
    }
}
