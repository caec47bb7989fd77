// The date field moved to renderer/components; mentees and pairings still import it from here.
export { DateField } from '../../components/DateField';
