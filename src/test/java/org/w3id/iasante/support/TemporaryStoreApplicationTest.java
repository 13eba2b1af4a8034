package org.w3id.iasante.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;
import org.w3id.iasante.IaSanteApplication;
import org.w3id.iasante.system.GraphContext;

/**
 * The whole application, graph and site in one context, on a random port, over a fresh temporary store that holds the repository's
 * own knowledge, its SPARQL endpoint on a free port. Classes that add no {@link #properties()} of
 * their own share one application context (Spring's test-context cache keys it on this
 * configuration), so the store is loaded once for all of them: such classes must only read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        classes = {GraphContext.class, IaSanteApplication.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TemporaryStore.class)
public @interface TemporaryStoreApplicationTest {

    /** Settings of this class's own: they give it an application context (and a store) of its own. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
