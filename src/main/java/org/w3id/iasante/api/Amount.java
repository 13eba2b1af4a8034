package org.w3id.iasante.api;

import java.math.BigDecimal;

/**
 * An exact sum of money.
 *
 * @param value the amount, exact (no floating point)
 * @param currency its ISO 4217 code, e.g. {@code EUR}
 */
public record Amount(BigDecimal value, String currency) {

    /**
     * Engines write the same decimal differently ({@code 1500000000.0} in Jena, {@code 1500000000} in
     * Virtuoso); the value is kept at its smallest non-negative scale, so equal sums are equal records.
     */
    public Amount {
        BigDecimal stripped = value.stripTrailingZeros();
        value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
