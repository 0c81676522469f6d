import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import type { TemplateProblem } from '@opsplan/domain';
import { Button } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { useApiErrorHandler } from '../../errors/hooks/useApiErrorHandler';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import { IMPORT_PLAN_TEMPLATE_MUTATION } from '../graphql/mutations/importPlanTemplateMutation';
import { PLAN_TEMPLATES_QUERY } from '../graphql/queries/planTemplatesQuery';
import { inLanguage } from '../utils/localizedName';
import { readTemplateApiErrors } from '../utils/templateProblems';

/** A template file of more than this is refused before it is read. */
export const TEMPLATE_FILE_MAX_BYTES = 1024 * 1024;

/** The file's text (FileReader, which every browser and jsdom have). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

interface ImportTemplateButtonProps {
  /** The problems of a refused file, every one with its JSON path; [] to clear them. */
  onProblems: (problems: TemplateProblem[]) => void;
}

/** Imports a template from a JSON file (an export, edited): the API checks it whole and keeps it, or names each problem. */
export function ImportTemplateButton({ onProblems }: ImportTemplateButtonProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useMessageApi();
  const handleError = useApiErrorHandler();
  const picker = useRef<HTMLInputElement>(null);
  const [importTemplate, { loading }] = useMutation(IMPORT_PLAN_TEMPLATE_MUTATION, { refetchQueries: [PLAN_TEMPLATES_QUERY], awaitRefetchQueries: true });

  const choose = async (file: File | undefined) => {
    if (picker.current) picker.current.value = '';
    if (!file) return;
    onProblems([]);
    if (file.size > TEMPLATE_FILE_MAX_BYTES) {
      onProblems([{ path: file.name, message: t('templates.import.tooLarge') }]);
      return;
    }
    const json = await readText(file);
    try {
      JSON.parse(json);
    } catch (error) {
      onProblems([{ path: file.name, message: t('templates.import.notJson', { reason: error instanceof Error ? error.message : String(error) }) }]);
      return;
    }
    try {
      const { data } = await importTemplate({ variables: { input: { json } } });
      if (data) void message.success(t('templates.import.imported', { name: inLanguage(data.importPlanTemplate.name, language) }));
    } catch (error) {
      const problems = readTemplateApiErrors(error).flatMap((apiError) =>
        apiError.code !== 'BAD_USER_INPUT' ? [] : apiError.problems.length > 0 ? apiError.problems : [{ path: apiError.field ?? '', message: apiError.message }],
      );
      if (problems.length > 0) onProblems(problems);
      else handleError(error);
    }
  };

  return (
    <>
      <input
        ref={picker}
        type="file"
        accept=".json,application/json"
        style={{ display: 'none' }}
        onChange={(event) => void choose(event.target.files?.[0])}
        data-testid="template-import-file"
      />
      <Button icon={<UploadOutlined />} loading={loading} onClick={() => picker.current?.click()} data-testid="template-import">
        {t('templates.import.button')}
      </Button>
    </>
  );
}
