package org.w3id.iasante.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that needs Debian's Virtuoso and the HDH snapshot. Without them the class is reported
 * skipped with the reason, as a {@code @Disabled} class is: an assumption failing in its
 * {@code @BeforeAll} made Surefire report "Tests run: 0, Skipped: 0", a skip nobody sees. Under CI
 * ({@code IAS_REQUIRE_VIRTUOSO=1}) the class runs regardless, and its set-up fails saying what is missing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RequiresVirtuoso.Condition.class)
public @interface RequiresVirtuoso {

    /** Enabled when Virtuoso and the snapshot are there, or when the build requires them. */
    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Virtuoso.required()) return ConditionEvaluationResult.enabled("IAS_REQUIRE_VIRTUOSO=1");
            if (!Virtuoso.installed()) return ConditionEvaluationResult.disabled(Virtuoso.NOT_INSTALLED);
            if (!RepositoryKnowledge.hdhAvailable()) return ConditionEvaluationResult.disabled(Virtuoso.NO_HDH);
            return ConditionEvaluationResult.enabled("Virtuoso and the HDH snapshot are there");
        }
    }
}
