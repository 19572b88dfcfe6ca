package dev.triad.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an email's two parts from {@code templates/mail/<name>.txt} (Thymeleaf TEXT mode: write
 * {@code [(${recipientName})]}) and {@code templates/mail/<name>.html} (HTML mode, the application's
 * engine: {@code th:text} escapes). Links in the model are absolute: there is no request here.
 */
@Component
class MailTemplates {

    record Rendered(String text, String html) {}

    private final ITemplateEngine htmlEngine;
    private final SpringTemplateEngine textEngine = new SpringTemplateEngine();

    MailTemplates(ITemplateEngine htmlEngine, @Value("${spring.thymeleaf.cache:true}") boolean cache) {
        this.htmlEngine = htmlEngine;
        ClassLoaderTemplateResolver text = new ClassLoaderTemplateResolver();
        text.setPrefix("templates/mail/");
        text.setSuffix(".txt");
        text.setTemplateMode(TemplateMode.TEXT);
        text.setCharacterEncoding(StandardCharsets.UTF_8.name());
        text.setCacheable(cache);
        text.setCheckExistence(true);
        textEngine.setTemplateResolver(text);
    }

    Rendered render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.ENGLISH, model);
        return new Rendered(
                textEngine.process(template, context).strip() + "\n", htmlEngine.process("mail/" + template, context));
    }
}
