package org.w3id.iasante.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.w3id.iasante.api.Language;

/**
 * The reader's language, for the pages' words and the data's labels alike: {@code ?lang=fr|en}
 * chooses it and is remembered in the {@value #COOKIE} cookie, else {@code Accept-Language}, else
 * French (the source's language). Spring's {@link CookieLocaleResolver} and
 * {@link LocaleChangeInterceptor}, held to the two languages the graph is labelled in.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderLanguage implements WebMvcConfigurer {

    /** The cookie that remembers a reader's choice. */
    public static final String COOKIE = "ias-lang";

    /** The request parameter that chooses the language. */
    public static final String PARAMETER = "lang";

    /** The name Spring's DispatcherServlet looks the resolver up by. */
    @Bean(name = "localeResolver")
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new TwoLanguageCookieResolver();
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        // A cookie naming another language is ignored: the header decides, as if it were absent.
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocaleFunction(ReaderLanguage::fromAcceptLanguage);
        return resolver;
    }

    /** The parameter is read on the site's pages and the API, not on static files or the API's docs. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoiceInterceptor())
                .excludePathPatterns("/css/**", "/webjars/**", "/api/openapi/**", "/api/docs/**", "/swagger-ui/**");
    }

    /** The first of fr or en in {@code Accept-Language}'s order of preference, else French. */
    static Locale fromAcceptLanguage(HttpServletRequest request) {
        // Without the header, getLocales() gives the server's own locale: not the reader's choice.
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) return Language.FR.locale();
        for (Locale locale : Collections.list(request.getLocales())) {
            if (locale.getLanguage().equals("fr")) return Language.FR.locale();
            if (locale.getLanguage().equals("en")) return Language.EN.locale();
        }
        return Language.FR.locale();
    }

    /** Reads a cookie as one of the two languages; any other value is invalid (and so ignored). */
    private static final class TwoLanguageCookieResolver extends CookieLocaleResolver {

        TwoLanguageCookieResolver() {
            super(COOKIE);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return Language.of(value).locale();
        }
    }

    /**
     * {@code ?lang=} as Spring's interceptor reads it, but an unknown language is the reader's
     * mistake (400, from {@link Language#of(String)}), and an empty value chooses nothing.
     */
    private static final class LanguageChoiceInterceptor extends LocaleChangeInterceptor {

        LanguageChoiceInterceptor() {
            setParamName(PARAMETER);
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws jakarta.servlet.ServletException {
            String lang = request.getParameter(PARAMETER);
            return lang == null || lang.isBlank() || super.preHandle(request, response, handler);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            return Language.of(value).locale();
        }
    }
}
