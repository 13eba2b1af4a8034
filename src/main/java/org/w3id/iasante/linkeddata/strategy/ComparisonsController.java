package org.w3id.iasante.linkeddata.strategy;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.w3id.iasante.api.Language;

/** The page setting the sources side by side, topic by topic: {@code /comparisons}. */
@Controller
class ComparisonsController {

    private final Comparisons comparisons;

    ComparisonsController(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/comparisons")
    String comparisons(Locale locale, Model model) {
        model.addAttribute("comparisons", comparisons.all(Language.of(locale)));
        return "comparisons";
    }
}
