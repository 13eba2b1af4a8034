package org.w3id.iasante.linkeddata.strategy;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.w3id.iasante.rest.LanguageChoice;

/** The page setting the sources side by side, topic by topic: {@code /comparisons}. */
@Controller
class ComparisonsController {

    private final Comparisons comparisons;

    ComparisonsController(Comparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/comparisons")
    String comparisons(HttpServletRequest request, Model model) {
        model.addAttribute("comparisons", comparisons.all(LanguageChoice.of(request)));
        return "comparisons";
    }
}
