package org.w3id.iasante.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.w3id.iasante.store.ClientBudget;

/**
 * The JSON API runs catalogue questions as the SPARQL endpoint does, so it draws on the same
 * per-client account ({@link ClientBudget}, off unless configured). It sits after the response
 * cache: an answer replayed from there costs the server nothing and is not refused.
 */
@Configuration(proxyBeanMethods = false)
class ApiClientBudget {

    @Bean
    FilterRegistrationBean<ClientBudget> clientBudgetOnTheApi(ClientBudget budget) {
        FilterRegistrationBean<ClientBudget> registration = new FilterRegistrationBean<>(budget);
        registration.setEnabled(budget.limits());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
