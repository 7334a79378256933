package dk.arkiv.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordModelTest {
    public record Person(String name, int age, boolean present, List<String> roles, LocalDate born) {
        public String greeting() {
            return "Hej " + name;
        }

        public String getInitials() {
            return name.substring(0, 1);
        }
    }

    public record Team(String title, Person lead, List<Person> members, String note) {
    }

    private static final Team TEAM = new Team("Udvalg & råd", new Person("Ib <Lauritsen>", 61, true, List.of("formand"),
            LocalDate.of(1963, 5, 1)), List.of(new Person("Anne", 40, false, List.of(), LocalDate.of(1984, 1, 2)),
            new Person("Bo", 35, true, List.of("næstformand", "medlem"), LocalDate.of(1989, 12, 31))), null);

    private static final String TEMPLATE = """
            ${team.title} / ${team.lead.name} ${team.lead.age} ${team.lead.age?c} ${team.lead.present?then('ja', 'nej')}
            <#list team.members as m>${m?index}: ${m.name}<#if m.present> (til stede)</#if><#if m.roles?has_content> ${m.roles?join(", ")}</#if> ${m.roles?size}
            </#list>
            <#if team.note??>note<#else>ingen note</#if> <#if team.lead?has_content>leder</#if> ${team.note!"-"}
            ${team.lead.greeting} ${team.lead.greeting()} ${team.lead.initials} ${team.lead.born} ${team.lead.name()} ${team.members[1].age()}
            """;

    @Test
    void templatesReadRecordsAsFreemarkersBeanWrapperDoes() throws Exception {
        String ours = render(new ArkivObjectWrapper(Configuration.VERSION_2_3_34, new MarkdownRenderer()), TEMPLATE);
        String freemarkers = render(new DefaultObjectWrapper(Configuration.VERSION_2_3_34), TEMPLATE);

        assertThat(ours).isEqualTo(freemarkers);
        assertThat(ours).contains("Udvalg &amp; råd / Ib &lt;Lauritsen&gt; 61 61 ja", "1: Bo (til stede) næstformand, medlem 2",
                "0: Anne 0", "ingen note leder -", "Hej Ib &lt;Lauritsen&gt; Hej Ib &lt;Lauritsen&gt; I");
    }

    @Test
    void aNameARecordDoesNotHaveIsMissingAsWithTheBeanWrapper() throws Exception {
        String template = "${team.nothing!\"intet\"} <#if team.nothing??>ja<#else>nej</#if>";
        String ours = render(new ArkivObjectWrapper(Configuration.VERSION_2_3_34, new MarkdownRenderer()), template);

        assertThat(ours).isEqualTo("intet nej");
        assertThatThrownBy(() -> render(new ArkivObjectWrapper(Configuration.VERSION_2_3_34, new MarkdownRenderer()),
                "${team.nothing}")).isInstanceOf(TemplateException.class).hasMessageContaining("team.nothing");
    }

    @Test
    void recordsAreWrappedAsRecordModels() throws Exception {
        ObjectWrapper wrapper = new ArkivObjectWrapper(Configuration.VERSION_2_3_34, new MarkdownRenderer());

        assertThat(wrapper.wrap(TEAM)).isInstanceOf(RecordModel.class);
        assertThat(((RecordModel) wrapper.wrap(TEAM)).getWrappedObject()).isSameAs(TEAM);
    }

    private static String render(ObjectWrapper wrapper, String source) throws IOException, TemplateException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(wrapper);
        configuration.setOutputFormat(HtmlOutputFormat.INSTANCE);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        StringWriter out = new StringWriter();
        new Template("test.ftlh", source, configuration).process(Map.of("team", TEAM), out);
        return out.toString();
    }
}
